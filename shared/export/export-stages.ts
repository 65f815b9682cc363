/** The stages an export reports, in order (the progress bar names them). */
export const exportStages = ['laying-out', 'placing', 'writing'] as const;
export type ExportStage = (typeof exportStages)[number];
