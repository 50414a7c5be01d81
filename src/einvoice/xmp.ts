/**
 * The XMP metadata packet of a Factur-X PDF/A-3B file: PDF/A identification (part 3, conformance
 * B), Dublin Core title and author, creation dates, producer, the PDF/A extension schema that
 * declares the Factur-X properties, and the Factur-X properties themselves (document type, name of
 * the embedded XML, version, conformance level). Pure; the PDF writer embeds it UTF-8 encoded as
 * the catalog's /Metadata stream (uncompressed, /Type /Metadata /Subtype /XML).
 *
 * PDF/A requires the document information dictionary to agree with this packet: the writer sets
 * /Title = title, /Author = author, /Producer = producer, /CreationDate = /ModDate =
 * D:YYYYMMDD000000Z from createdOn (or leaves those entries out).
 */
import { isCivilDate, type CivilDate } from '../kernel/dates.ts';
import { escapeXml } from './cii.ts';

export interface FacturXXmpOptions {
  title: string;
  author: string;
  /** The issue date of the invoice; the dates are its midnight UTC, as the PDF writer stamps them. */
  createdOn: CivilDate;
  documentFileName: 'factur-x.xml';
  conformanceLevel: 'EN 16931';
  /** pdf:Producer; 'Clausier' by default. */
  producer?: string;
}

/** The namespace of the Factur-X XMP properties (Factur-X 1.0 specification, unchanged since). */
export const FACTURX_XMP_NAMESPACE = 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#';

/** The PDF/A extension schema properties Factur-X declares, in the specification's order. */
const FX_PROPERTIES: Array<[name: string, description: string]> = [
  ['DocumentFileName', 'The name of the embedded XML document'],
  ['DocumentType', 'The type of the hybrid document in capital letters, e.g. INVOICE or ORDER'],
  ['Version', 'The actual version of the standard applying to the embedded XML document'],
  ['ConformanceLevel', 'The conformance level of the embedded XML document'],
];

/** The Factur-X XMP packet (a UTF-8 string; its xpacket header carries the U+FEFF marker). */
export function facturXXmp(opts: FacturXXmpOptions): string {
  if (!isCivilDate(opts.createdOn)) throw new RangeError(`Invalid civil date ${JSON.stringify(opts.createdOn)}`);
  const date = `${opts.createdOn}T00:00:00Z`;
  const producer = opts.producer ?? 'Clausier';
  const properties = FX_PROPERTIES.map(
    ([name, description]) => `                <rdf:li rdf:parseType="Resource">
                  <pdfaProperty:name>${name}</pdfaProperty:name>
                  <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                  <pdfaProperty:category>external</pdfaProperty:category>
                  <pdfaProperty:description>${escapeXml(description)}</pdfaProperty:description>
                </rdf:li>`,
  ).join('\n');
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
    <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
      <pdfaid:part>3</pdfaid:part>
      <pdfaid:conformance>B</pdfaid:conformance>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <dc:format>application/pdf</dc:format>
      <dc:title>
        <rdf:Alt>
          <rdf:li xml:lang="x-default">${escapeXml(opts.title)}</rdf:li>
        </rdf:Alt>
      </dc:title>
      <dc:creator>
        <rdf:Seq>
          <rdf:li>${escapeXml(opts.author)}</rdf:li>
        </rdf:Seq>
      </dc:creator>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
      <pdf:Producer>${escapeXml(producer)}</pdf:Producer>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
      <xmp:CreateDate>${date}</xmp:CreateDate>
      <xmp:ModifyDate>${date}</xmp:ModifyDate>
      <xmp:MetadataDate>${date}</xmp:MetadataDate>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
      <pdfaExtension:schemas>
        <rdf:Bag>
          <rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>${FACTURX_XMP_NAMESPACE}</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>fx</pdfaSchema:prefix>
            <pdfaSchema:property>
              <rdf:Seq>
${properties}
              </rdf:Seq>
            </pdfaSchema:property>
          </rdf:li>
        </rdf:Bag>
      </pdfaExtension:schemas>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:fx="${FACTURX_XMP_NAMESPACE}">
      <fx:DocumentType>INVOICE</fx:DocumentType>
      <fx:DocumentFileName>${escapeXml(opts.documentFileName)}</fx:DocumentFileName>
      <fx:Version>1.0</fx:Version>
      <fx:ConformanceLevel>${escapeXml(opts.conformanceLevel)}</fx:ConformanceLevel>
    </rdf:Description>
  </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>
`;
}
