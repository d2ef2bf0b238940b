import { Application } from 'egg';

export default (app: Application) => {
  const { STRING, INTEGER, BIGINT, DATE, TEXT, JSON } = app.Sequelize;

  const GenotypeReport = app.model.define('genotype_report', {
    id: { type: BIGINT, primaryKey: true, autoIncrement: true },
    customerId: { type: BIGINT, field: 'customer_id' },
    kitBarcode: { type: STRING(20), field: 'kit_barcode' },
    reportType: { type: STRING(20), field: 'report_type' },
    riskSummary: { type: TEXT, field: 'risk_summary' },
    carrierSummary: { type: TEXT, field: 'carrier_summary' },
    ancestryJson: { type: JSON, field: 'ancestry_json' },
    variantsJson: { type: JSON, field: 'variants_json' },
    pdfKey: { type: STRING(255), field: 'pdf_key' },
    status: { type: STRING(16) },
    version: { type: INTEGER },
    publishedAt: { type: DATE, field: 'published_at' },
  }, { tableName: 'genotype_report', timestamps: false });

  return GenotypeReport;
};
