// Ethics's state. Its own records arrive with its channels; today the screen reads only the counts it will build on.
import { createRecordCountsStore } from '../../app/record-counts-store';

export const useEthicsStore = createRecordCountsStore();
