/** A hand-edited sidecar in the project's style, with comments, blank lines and keys from other tools. */
export const ARTICLE = 'On Sunday, Foreign Minister Choe Son Hui met with envoys from Vientiane and Hanoi.';
export const HASH = 'sha256:' + 'ab'.repeat(32);

export const HAND_EDITED = `# Annotations for the Sunday story.
version: 1
article: story.md
textHash: ${HASH}
date: 2025-10-12
reviewer: desk-b   # kept by another tool
annotations:
  # The minister, checked against the wire copy.
  - id: a-minister0001
    label: person
    quote: Choe Son Hui
    prefix: "On Sunday, Foreign Minister "
    suffix: " met with envoys from Vientiane"
    start: 28
    end: 40
    note: first mention   # short on purpose
    created: 2026-11-27T10:00:00Z
    source: wire

  - id: a-vientiane001
    label: location
    quote: Vientiane
    prefix: " Hui met with envoys from "
    suffix: " and Hanoi."
    start: 62
    end: 71
    created: 2026-11-27T10:01:00Z
# Trailing remark about the file.
`;
