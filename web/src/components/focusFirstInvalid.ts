/**
 * After a form is refused, takes the user to the first field in error: scrolls it into view and
 * focuses it, so a long form (client, quote) never hides its problem below the fold. Fields in
 * error are those Mantine marks invalid; with none (the error is not about a field), the
 * alert itself is brought into view.
 */
export function focusFirstInvalid(alert: HTMLElement | null): void {
  if (!alert) return;
  const scope = alert.closest('form, [role="dialog"], main') ?? document.body;
  // Mantine marks a field in error aria-invalid (a password field: data-invalid on its input).
  const field = scope.querySelector<HTMLElement>('[aria-invalid="true"], input[data-invalid], textarea[data-invalid]');
  const target = field ?? alert;
  target.scrollIntoView({ block: 'center' });
  // After the frame: the submit button leaving its loading state must not take the focus back.
  if (field) requestAnimationFrame(() => field.focus({ preventScroll: true }));
}
