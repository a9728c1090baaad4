import { Fragment } from 'react';

/** Stands in for the echoed value while the message is translated; never in a locale string. */
const SLOT = '\u0000';

export interface EchoTextProps {
  /** The translated message, given the stand-in to put where the value goes. */
  readonly message: (slot: string) => string;
  /** What the visitor brought (a screen or language name from a link, a file's name). */
  readonly value: string;
}

/**
 * A message that says back something the visitor brought, set apart in <bdi>: whatever
 * direction marks it carries, it cannot turn the sentence around it. The message is translated
 * around a stand-in, so every language keeps its own word order.
 */
export function EchoText({ message, value }: EchoTextProps) {
  const [first = '', ...rest] = message(SLOT).split(SLOT);
  return (
    <>
      {first}
      {rest.map((part, index) => (
        <Fragment key={index}>
          <bdi>{value}</bdi>
          {part}
        </Fragment>
      ))}
    </>
  );
}
