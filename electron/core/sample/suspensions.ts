// The sample hospital's states of practice and its suspensions: some lapses recorded (one with its notice), the rest
// left for the director to record, so both lists and the dashboard tile have something to show.
import type { CoreContext } from '../context';
import { settingsRepository } from '../settings/repository';
import { suspensionsRepository } from '../suspensions/repository';
import type { SampleStep } from './hospital';

/** Lantern Bay sits on the Columbia: its medical staff practise in Washington and Oregon; licences from elsewhere do not count here. */
export const samplePracticeStates = ['WA', 'OR'];

export const suspensionsStep: SampleStep = (ctx: CoreContext) => {
  settingsRepository(ctx).write({ practiceStates: samplePracticeStates });
  const repo = suspensionsRepository(ctx);
  // Every other lapse is recorded on the day it began, by the list's own order, so the sample is the same each time.
  repo.unrecordedLapses().forEach((lapse, i) => {
    if (i % 2 === 1) return;
    repo.record({
      staffId: lapse.staffId,
      credentialId: lapse.credentialId,
      scope: lapse.scope,
      reason: `${lapse.type === 'state-license' ? 'Licence' : lapse.type === 'malpractice' ? 'Malpractice cover' : 'Registration'} lapsed on ${lapse.expiresOn}`,
      startedOn: lapse.suspendedFrom,
      noticeSentOn: i % 4 === 0 ? lapse.suspendedFrom : null,
      notes: null,
    });
  });
};
