// How a person's name is shown, the same on every screen and in every export.

export interface PersonName {
  givenName: string;
  familyName: string;
  degree?: string | null;
}

export function displayName(p: PersonName): string {
  return p.degree ? `${p.givenName} ${p.familyName}, ${p.degree}` : `${p.givenName} ${p.familyName}`;
}

export function sortName(p: PersonName): string {
  return `${p.familyName}, ${p.givenName}`;
}
