import { DecruftError } from '../src/errors.js'

/** The DecruftError that `fn` throws; fails the test when it throws nothing or something else. */
export function errorOf(fn: () => unknown): DecruftError {
  try {
    fn()
  } catch (error) {
    if (error instanceof DecruftError) return error
    throw error
  }
  throw new Error('expected a DecruftError, got none')
}
