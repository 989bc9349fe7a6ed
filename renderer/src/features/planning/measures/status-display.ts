// A measure's status and a signal's effect on screen: always the words, the colour only reinforces them.
import { measureStatusLabels } from '../../../../../shared/domain/spc/status';
import type { BadgeTone } from '../../../ui';
import type { MeasureStatus } from './store';

export const statusTone: Record<MeasureStatus, BadgeTone> = { 'on-track': 'success', 'at-risk': 'warning', 'off-track': 'danger', 'not-rated': 'neutral' };
export const statusLabel = (status: MeasureStatus) => measureStatusLabels[status];
export const effectTone = { adverse: 'danger', favourable: 'success', neutral: 'info' } as const satisfies Record<string, BadgeTone>;
export const effectLabel = { adverse: 'Adverse', favourable: 'Favourable', neutral: 'Non-random' } as const;
