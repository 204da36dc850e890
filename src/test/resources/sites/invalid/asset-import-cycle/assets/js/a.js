// a.js and b.js need each other, so neither has a name that holds its final content.
import { b } from './b.js';
export const a = () => b;
