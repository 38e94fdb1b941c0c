/** What <pk-team-digest> says of a member's transferable skills (English); it travels with its chunk, `member-skills.ts`. */
export default {
  'team-digest.skills': {
    one: 'This year {name} built a skill they can take anywhere: {skills}. Ask where they would like to use it next.',
    other: 'This year {name} built {count} skills they can take anywhere: {skills}. Ask which one they would like to grow next.',
  },
  'team-digest.skills.none': 'No transferable skill for {name} yet this year: ask what they would like to learn that serves them beyond this role.',
} as const;
