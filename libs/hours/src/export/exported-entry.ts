import { HourCategory, HourEntryStatus, HourModality } from '../rules';

/** An entry as exports show it: with names, its verification and what supersedes it. */
export interface ExportedEntry {
  id: string;
  traineeId: string;
  traineeName: string;
  date: string;
  site: string;
  category: HourCategory;
  modality: HourModality;
  minutes: number;
  status: HourEntryStatus;
  supervisorId: string;
  supervisorName: string;
  verifiedById: string | null;
  verifiedByName: string | null;
  /** ISO 8601, UTC, microseconds: the exact time that was signed. */
  verifiedAt: string | null;
  signature: string | null;
  correctsId: string | null;
  correctionReason: string | null;
  /** The verified correction that replaces this entry in totals. */
  supersededById: string | null;
}
