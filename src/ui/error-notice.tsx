import type { ReactNode } from 'react';

/** A failure the person must see at once: announced as an alert, and drawn as an error. */
export function ErrorNotice({ children }: { children: ReactNode }) {
  return (
    <p className="notice notice--error" role="alert">
      {children}
    </p>
  );
}
