/** The kernel's public API: pure primitives shared by terms, rules and modules (no I/O, no clock). */
export * from './errors.ts';
export * from './dates.ts';
export * from './periods.ts';
export * from './calendar.ts';
export * from './money.ts';
export * from './timestamps.ts';
export * from './decision.ts';
export * from './schemas.ts';
export * from './identifiers.ts';
