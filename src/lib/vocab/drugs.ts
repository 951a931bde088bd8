/**
 * Vocabularies of drug naming: the WHO INN stems, the payloads of
 * antibody-drug conjugates, and the gene/antigen families whose names look
 * like drug codes (CD56, HER2, IL-6) but are targets.
 */
import type { Modality } from '../types.js';

/** INN stems (suffixes) with the modality they imply. Longest first when matching. */
export const INN_STEMS: readonly [string, Modality | null][] = [
  ['mab', 'antibody'],
  ['tinib', 'small molecule'],
  ['ciclib', 'small molecule'],
  ['parib', 'small molecule'],
  ['rafenib', 'small molecule'],
  ['lisib', 'small molecule'],
  ['degib', 'small molecule'],
  ['zomib', 'small molecule'],
  ['anib', 'small molecule'],
  ['platin', 'small molecule'],
  ['taxel', 'small molecule'],
  ['rubicin', 'small molecule'],
  ['tecan', 'small molecule'],
  ['stat', 'small molecule'],
  ['vir', 'small molecule'],
  ['siran', 'RNA'],
  ['rsen', 'RNA'],
  ['gene', 'gene therapy'],
  ['leucel', 'cell therapy'],
  ['cept', 'protein'],
  ['kinra', 'protein'],
  ['tide', 'peptide'],
  ['relin', 'peptide'],
  ['glutide', 'peptide'],
  ['relix', 'peptide'],
  ['pressin', 'peptide'],
  ['tocin', 'peptide'],
  ['poetin', 'protein'],
  ['grastim', 'protein'],
  ['plase', 'protein'],
  ['vec', 'gene therapy'],
  ['dotin', 'antibody-drug conjugate'],
  // Small molecules: the WHO stems of the classes most often named in releases (standard of care, comparators).
  ...(
    [
      'lutamide',
      'terone',
      'formin',
      'methasone',
      'nisone',
      'nisolone',
      'cortisone',
      'sonide',
      'idone',
      'ephrine',
      'hydramine',
      'serine',
      'gliflozin',
      'gliptin',
      'glitazone',
      'sartan',
      'pril',
      'olol',
      'azole',
      'oxacin',
      'cillin',
      'mycin',
      'micin',
      'cycline',
      'tidine',
      'setron',
      'triptan',
      'afil',
      'dronate',
      'parin',
      'xaban',
      'gatran',
      'lukast',
      'profen',
      'coxib',
      'azepam',
      'zolam',
      'oxetine',
      'oxifene',
      'caine',
      'dipine',
      'semide',
      'thiazide',
      'azosin',
      'terol',
      'tropium',
      'pamil',
      'citabine',
      'fungin',
      'mustine',
      'trexate',
      'imod',
      'milast',
      'sertib',
      'vastatin',
      'bactam',
      'penem',
      'rolimus',
      'fentanil',
      'barbital',
      'tadine',
      'oxone',
      'dralazine',
      'domide',
    ] as const
  ).map((stem): [string, Modality] => [stem, 'small molecule']),
];

/** Second words of two-word conjugate INNs, and the payload each names. */
export const CONJUGATE_SUFFIXES: Readonly<Record<string, string>> = {
  mertansine: 'DM1',
  emtansine: 'DM1',
  ravtansine: 'DM4',
  soravtansine: 'DM4',
  vedotin: 'MMAE',
  mafodotin: 'MMAF',
  deruxtecan: 'DXd',
  govitecan: 'SN-38',
  tesirine: 'PBD',
  ozogamicin: 'calicheamicin',
  pasudotox: 'PE38',
  tirumotecan: 'KL610023',
};

/** Cytotoxic payloads of antibody-drug conjugates: parts of compounds, not compounds. */
export const PAYLOADS = new Set(
  ['DM1', 'DM4', 'MMAE', 'MMAF', 'SN-38', 'SN38', 'DXd', 'PBD', 'DGN462', 'DGN549', 'calicheamicin', 'maytansine'].map(
    (p) => p.toLowerCase(),
  ),
);

/** Families of genes, antigens and receptors written letters+digits: targets, not drugs. */
export const TARGET_FAMILIES =
  /^(?:CD|IL|HER|ErbB|FGFR|VEGFR?|PDGFR|MUC|CA|TLR|CCR|CXCR|BCL|JAK|CDK|PARP|PI3K|HLA|KIR|TNFR?|BRCA|TP|KRAS|NRAS|ALK|ROS|NTRK|IDH|FLT|EZH|BTK|PD|PDL|PD-L|CTLA|LAG|TIM|TIGIT|GPRC|DLL|CLDN|FOLR|GPC|ROR|B7-H|SLC|ABC|CYP|UGT|KLK|MMP|STAT|SMAD|WNT|NOTCH|FOXP|GATA|SOX|HOX|MYC|AKT|MEK|ERK|MAPK|IGF|IGF1R|EGF|HIF|NF|Nav|Kv|GLP|GIP|APO|Apo|LPA|PCSK|ANGPTL|FXI|FXIa|C5|C3|IgG|IgA|IgE|IgM|TROP|Trop|B2M|SARS-CoV|COVID|H\d?N|FGF|GDF|TGF|BMP|MC\dR|NMT|AGT|APOC|ANGPTL\d?|HbA|A1C|CCL|CXCL|IFN|GM-CSF|CSF)-?\d/;

/** Measures and lab terms written like codes: IC50, EC50, LD50, T1/2. */
export const MEASURES = /^(?:IC|EC|ED|LD|TD|CC|GI|LC|ID)\d{2}s?$/i;

/** Common English words that end in a drug stem. */
export const STEM_STOPWORDS = new Set([
  'peptide',
  'polypeptide',
  'nucleotide',
  'oligonucleotide',
  'riptide',
  'tide',
  'override',
  'statistic',
  'thermostat',
  'rheostat',
  'hemostat',
  'cystatin',
  'oncogene',
  'transgene',
  'gene',
  'antigene',
  'parcel',
  'excel',
  'cancel',
  'concept',
  'intercept',
  'accept',
  'except',
  'precept',
  'percept',
  'aperitif',
  'cholesterol',
  'aldosterone',
  'progesterone',
  'androsterone',
  'phosphoserine',
  'histidine',
  'peptidase',
  'endocannabinoid',
  'vitamine',
  'ketone',
  'hormone',
  'peroxide',
  'amide',
  'sulfonamide',
  'acrylamide',
  'solid',
  'candid',
  'splendid',
  'pyramid',
]);

/** Cell lines and other lab names written like codes. */
export const CELL_LINES =
  /^(?:MCF-?7|A549|HCT-?116|HT-?29|NCI-H\d+|HEK-?293T?|CHO-K1|HeLa|U-?87|SK-[A-Z]+-\d+|LNCaP|PC-?3|DU-?145|K-?562|MOLT-?4|Jurkat)$/i;
