import type { ComponentProps } from 'react';

/** Props of a FileInput's hidden `input[type=file]` carrying a test id (for uploads in tests). */
export function fileInputTestId(testId: string): ComponentProps<'input'> {
  return { 'data-testid': testId } as ComponentProps<'input'>;
}
