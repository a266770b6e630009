const printed = new Set<string>();

/**
 * Prints a console warning once per page, so a host developer sees each problem
 * once, however often the widget renders.
 */
export function warnOnce(message: string): void {
  if (printed.has(message)) return;
  printed.add(message);
  console.warn(`<beeldbel-keuzehulp>: ${message}`);
}
