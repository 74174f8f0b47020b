// Something wrong in what the learner or a link gave us, named by where it was:
// a URL key (`a`), a field (`f`), a line of pasted data. Shown in the link notice.
export type Problem = { readonly key: string; readonly message: string };
