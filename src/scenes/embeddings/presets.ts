// Ratings a lesson starts from: four users, five movies, ratings 1 to 5, a blank where a user has
// not rated a movie. The lesson's five films (after Google's course on recommendation systems):
// children's favourites, a blockbuster for adults, and two films of a quieter kind.
import type { Ratings } from '../../lib/math/stats/factorize';

export type Preset = {
  readonly id: string;
  readonly name: string;
  /** One sentence: what to look for. */
  readonly says: string;
  readonly users: readonly string[];
  readonly movies: readonly string[];
  /** The movies' names where room is short: the panel's column heads. */
  readonly short: readonly string[];
  readonly ratings: Ratings;
};

const _ = null;
const MOVIES = ['Harry Potter', 'The Triplets of Belleville', 'Shrek', 'The Dark Knight Rises', 'Memento'] as const;
const SHORT = ['Harry Potter', 'Triplets', 'Shrek', 'Dark Knight', 'Memento'] as const;

export const PRESETS: readonly Preset[] = [
  {
    id: 'lesson',
    name: 'The lesson’s 4 users × 5 movies',
    says: 'Users 1 and 3 love the children’s films, users 2 and 4 the films for adults; three ratings are missing. Which of them would each user like?',
    users: ['User 1', 'User 2', 'User 3', 'User 4'],
    movies: MOVIES,
    short: SHORT,
    ratings: [
      [5, 3, 5, 4, _],
      [2, _, 1, 4, 4],
      [4, 2, 5, 2, 1],
      [_, 1, 2, 4, 3],
    ],
  },
  {
    id: 'groups',
    name: 'Two taste groups',
    says: 'Two children and two adults with opposite tastes, every cell rated: the users fall into two clusters, each beside the movies it likes.',
    users: ['Kid 1', 'Kid 2', 'Adult 1', 'Adult 2'],
    movies: MOVIES,
    short: SHORT,
    ratings: [
      [5, 4, 5, 1, 1],
      [4, 5, 5, 2, 1],
      [1, 2, 1, 5, 4],
      [2, 1, 1, 4, 5],
    ],
  },
  {
    id: 'sparse',
    name: 'Sparse: most cells blank',
    says: 'Only nine ratings for eighteen numbers in U and V: many factorisations fit them exactly, and the blanks’ predictions depend on which one training finds.',
    users: ['User 1', 'User 2', 'User 3', 'User 4'],
    movies: MOVIES,
    short: SHORT,
    ratings: [
      [5, _, 5, _, _],
      [_, 1, _, 4, _],
      [4, _, _, 2, 1],
      [_, _, 2, _, 3],
    ],
  },
];

export const PRESET_IDS = PRESETS.map((p) => p.id);
export const presetById = (id: string): Preset => PRESETS.find((p) => p.id === id) ?? PRESETS[0];
