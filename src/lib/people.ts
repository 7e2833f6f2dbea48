/**
 * A person as the site writes them: name, then role and organisation when known.
 *
 * @example
 * formatPerson({ name: 'Alessandro Graziano', role: 'Presidente', organisation: 'ANCL Milano' })
 * // → 'Alessandro Graziano, Presidente, ANCL Milano'
 */
export function formatPerson(person: { name: string; role?: string | undefined; organisation?: string | undefined }): string {
  return [person.name, person.role, person.organisation].filter(Boolean).join(', ');
}
