import PDFDocument from 'pdfkit';
import { HoursProgress } from '../dto/progress.models';
import { ExportedEntry } from './exported-entry';

export interface HoursPdfContent {
  programName: string;
  traineeName: string;
  from: string | null;
  to: string;
  generatedAt: Date;
  progress: HoursProgress;
  entries: readonly ExportedEntry[];
  logHash: string;
}

const CATEGORY_LABELS: Record<string, string> = {
  DIRECT_INDIVIDUAL: 'Direct: individual',
  DIRECT_COUPLE_FAMILY: 'Direct: couple/family',
  DIRECT_GROUP: 'Direct: group',
  ASSESSMENT: 'Assessment',
  INDIRECT: 'Indirect',
  SUPERVISION_INDIVIDUAL: 'Supervision: individual',
  SUPERVISION_TRIADIC: 'Supervision: triadic',
  SUPERVISION_GROUP: 'Supervision: group',
  DIDACTIC: 'Didactic',
};

const hours = (n: number) => n.toFixed(2);

/**
 * The signed summary for a licensing board: hours per category against the program's
 * requirements, each rule's status, then every entry with its verification (supervisor
 * and time), and the log's overall hash.
 */
export function renderHoursPdf(content: HoursPdfContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 48,
    info: { Title: `Training hours: ${content.traineeName}`, Producer: 'Alliance', CreationDate: content.generatedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const { progress } = content;
  doc.font('Helvetica-Bold').fontSize(16).text('Training hours log');
  doc.font('Helvetica').fontSize(10).moveDown(0.3);
  doc.text(`Program: ${content.programName}`);
  doc.text(`Trainee: ${content.traineeName}`);
  doc.text(`Period: ${content.from ?? 'start'} to ${content.to}`);
  doc.text(`Generated: ${content.generatedAt.toISOString()}`);
  if (progress.requirement) {
    doc.text(`Requirement: ${progress.requirement.name} (version of ${progress.requirement.versionEffectiveFrom})`);
    doc.text(`Source: ${progress.requirement.source}`);
  }

  doc.moveDown().font('Helvetica-Bold').fontSize(12).text('Summary by category (hours)');
  doc.font('Helvetica').fontSize(9).moveDown(0.3);
  doc.table({
    columnStyles: [150, '*', '*', '*', '*'],
    data: [
      ['Category', 'Verified', 'Counted', 'Pending', 'Telehealth'].map((text) => ({ text, font: { src: 'Helvetica-Bold' } })),
      ...progress.categories.map((c) => [
        CATEGORY_LABELS[c.category] ?? c.category,
        hours(c.verifiedHours),
        hours(c.countedHours),
        hours(c.pendingHours),
        hours(c.telehealthVerifiedHours),
      ]),
      [
        { text: 'Total', font: { src: 'Helvetica-Bold' } },
        { text: hours(progress.verifiedHours), font: { src: 'Helvetica-Bold' } },
        '',
        { text: hours(progress.pendingHours), font: { src: 'Helvetica-Bold' } },
        '',
      ],
    ],
  });

  if (progress.rules.length) {
    doc.moveDown().font('Helvetica-Bold').fontSize(12).text('Requirements', doc.page.margins.left);
    doc.font('Helvetica').fontSize(9).moveDown(0.3);
    doc.table({
      columnStyles: [90, 60, '*'],
      data: [
        ['Rule', 'Status', 'Explanation'].map((text) => ({ text, font: { src: 'Helvetica-Bold' } })),
        ...progress.rules.map((r) => [r.ruleId, r.status, r.explanation]),
      ],
    });
  }

  doc.moveDown().font('Helvetica-Bold').fontSize(12).text('Entries', doc.page.margins.left);
  doc.font('Helvetica').fontSize(7.5).moveDown(0.3);
  doc.table({
    columnStyles: [52, 95, 62, 30, 50, '*', 60],
    data: [
      ['Date', 'Category', 'Site', 'Hours', 'Status', 'Verification', 'Signature'].map((text) => ({ text, font: { src: 'Helvetica-Bold' } })),
      ...content.entries.map((e) => [
        e.date,
        CATEGORY_LABELS[e.category] ?? e.category,
        e.site,
        hours(e.minutes / 60),
        e.supersededById ? `${e.status} (corrected)` : e.status,
        e.verifiedAt ? `${e.verifiedByName ?? e.verifiedById} at ${e.verifiedAt}` : '',
        e.signature ? e.signature.slice(0, 16) : '',
      ]),
    ],
  });

  doc.moveDown().font('Helvetica-Bold').fontSize(10).text('Log hash (SHA-256 over the signatures of the verified entries above, in order)', doc.page.margins.left);
  doc.font('Courier').fontSize(9).text(content.logHash);
  doc.end();
  return done;
}
