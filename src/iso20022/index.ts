/** ISO 20022 bank messages: the schemas the product reads and writes, and their XSD validation. */
export { xsdProblems, type Iso20022Schema, type XsdProblem } from './validate.ts';
