// The owner of a goal, initiative, cycle or risk: one person from the staff list, chosen by typing part of a name.
import { StaffPicker, type PickedPerson } from '../policies/StaffPicker';

export function OwnerField({ value, onChange, error }: { value: PickedPerson | null; onChange(person: PickedPerson | null): void; error?: string | undefined }) {
  return <StaffPicker label="Owner" value={value} onChange={onChange} error={error} />;
}

export const ownerOf = (id: string | null, name: string | null): PickedPerson | null => (id ? { id, name: name ?? 'Unknown', detail: '' } : null);
export type { PickedPerson };
