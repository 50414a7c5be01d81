import type { ReactNode } from 'react';
import { Button } from '@mantine/core';

/** Opens a PDF or stored document of the API in a new tab (the session cookie goes along). */
export function DocumentButton({
  href,
  children,
  testId,
  variant = 'light',
}: {
  href: string;
  children: ReactNode;
  testId?: string;
  variant?: 'light' | 'default' | 'subtle';
}) {
  return (
    <Button component="a" href={href} target="_blank" rel="noopener" variant={variant} size="xs" data-testid={testId}>
      {children}
    </Button>
  );
}
