/** File-system helpers of the loading code. */
import {access} from 'node:fs/promises';

export async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
