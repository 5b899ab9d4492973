/** The kinds of timeline entries, as `dostyk timeline --kind` and the explorer's timeline filter take them. */
export const TIMELINE_KINDS = ['event', 'agreement', 'partnership', 'milestone'] as const;
