import { expect } from '@open-wc/testing';
import { csvCell, csvSeparator, toCsv } from '../../src/export/csv.js';
import type { WorkshopFile } from '../../src/model/types.js';
import { parseCsv } from '../support/csv.js';
import { exampleWorkshop } from '../support/example.js';

describe('the CSV overview', () => {
  let file: WorkshopFile;
  beforeEach(async () => {
    file = await exampleWorkshop();
  });

  it('quotes cells with commas, quotes, line breaks and semicolons, and leaves plain cells alone', () => {
    expect(csvCell('Wijkverpleging Oost')).to.equal('Wijkverpleging Oost');
    expect(csvCell('Budget (0,5 fte)')).to.equal('"Budget (0,5 fte)"');
    expect(csvCell('Ze zei "ja"')).to.equal('"Ze zei ""ja"""');
    expect(csvCell('regel 1\nregel 2')).to.equal('"regel 1\nregel 2"');
    expect(csvCell('regel 1\r\nregel 2')).to.equal('"regel 1\r\nregel 2"');
    expect(csvCell('zorg; wonen')).to.equal('"zorg; wonen"');
    expect(csvCell('')).to.equal('');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","klik")')).to.equal('"\'=HYPERLINK(""http://x"",""klik"")"');
    expect(csvCell('+31 6 12345678')).to.equal("'+31 6 12345678");
    expect(csvCell('-5 fte')).to.equal("'-5 fte");
    expect(csvCell('@SUM(A1:A2)')).to.equal("'@SUM(A1:A2)");
    expect(csvCell('\t=1+1')).to.equal("'\t=1+1");
    expect(csvCell('1+1=2')).to.equal('1+1=2');
    expect(csvCell('e-mail')).to.equal('e-mail');
  });

  it('neutralises a formula after leading white space, and one written with fullwidth signs', () => {
    for (const space of [' ', '   ', '\u00a0', '\t', '\n', '\r\n', ' \u00a0\t'])
      for (const sign of ['=', '+', '-', '@'])
        expect(csvCell(`${space}${sign}1+1`), JSON.stringify(space + sign)).to.match(/^"?'/);
    for (const sign of ['\uff1d', '\uff0b', '\uff0d', '\uff20'])
      expect(csvCell(`${sign}SUM(A1:A2)`), sign).to.equal(`'${sign}SUM(A1:A2)`);
    expect(csvCell(' =HYPERLINK("http://x")')).to.equal('"\' =HYPERLINK(""http://x"")"');
    expect(csvCell('\u00a0\uff1d1+1')).to.equal("'\u00a0\uff1d1+1");
    expect(csvCell('Budget = 5')).to.equal('Budget = 5');
    expect(csvCell(' gewoon')).to.equal(' gewoon');
  });

  it('has a header and one row per interest and per contribution, partner by partner, CRLF line ends', () => {
    const csv = toCsv(file);
    expect(csv.endsWith('\r\n')).to.equal(true);
    expect(csv.replaceAll('\r\n', '')).not.to.match(/\n/);
    const rows = parseCsv(csv);
    expect(rows[0]).to.deep.equal([
      'Partner',
      'Soort',
      'Niveau of richting',
      'Wens of eis',
      'Tekst',
      'Waarom',
      'Thema’s',
      'Bevestigde koppelingen',
    ]);
    expect(rows).to.have.length(1 + file.interests.length + file.contributions.length);
    expect(rows[1]).to.deep.equal([
      'Gemeente (sociaal domein)',
      'Belang',
      'Eigen belang (organisatie)',
      'Eis',
      'Minder inwoners die tussen wal en schip vallen',
      'Wettelijke taak Wmo; signalen komen nu te laat binnen',
      'vroegsignalering',
      '',
    ]);
    expect(rows).to.deep.include([
      'Woningcorporatie Thuis',
      'Bijdrage',
      'Komt brengen',
      '',
      'Ruimte in het buurthuis en huismeesters als ogen en oren',
      '',
      'vroegsignalering; ruimte',
      '',
    ]);
    // The confirmed match, on its get and on its bring.
    expect(rows.find((row) => row[4] === 'Handen: studenten die meelopen')![7]).to.equal(
      'Hogeschool, lectoraat Zorg in de wijk: Studenten en een onderzoeker die effecten meet',
    );
    expect(rows.find((row) => row[4] === 'Studenten en een onderzoeker die effecten meet')![7]).to.equal(
      'Wijkverpleging Oost: Handen: studenten die meelopen',
    );
    for (const row of rows) expect(row).to.have.length(8);
  });

  it('separates cells as a spreadsheet in the language expects: semicolons in Dutch, commas in English', () => {
    expect(csvSeparator('nl')).to.equal(';');
    expect(csvSeparator('en')).to.equal(',');
    const dutch = toCsv(file, ';');
    expect(dutch.split('\r\n')[0]).to.equal(
      'Partner;Soort;Niveau of richting;Wens of eis;Tekst;Waarom;Thema’s;Bevestigde koppelingen',
    );
    expect(dutch, 'no sep= line: it would make Excel ignore the UTF-8 byte order mark').not.to.match(/^sep=/);
    // Cells with a comma or a semicolon are quoted whichever the separator, so both read back the same.
    expect(parseCsv(dutch, ';')).to.deep.equal(parseCsv(toCsv(file, ','), ','));
  });

  it('reads back every text as typed, with formulas neutralised', () => {
    const texts = ['Zei "ja", en toen;\nnog iets', '=1+1', '-min', '@home', 'gewoon', ' \n=1+1', '\uff1d1+1'];
    file.interests = texts.map((text, i) => ({
      id: `x${i}`,
      partnerId: 'zorg',
      scope: 'shared',
      kind: 'wish',
      text,
      motivation: text,
    }));
    file.contributions = [];
    const rows = parseCsv(toCsv(file)).slice(1);
    expect(rows.map((row) => row[4])).to.deep.equal([
      'Zei "ja", en toen;\nnog iets',
      "'=1+1",
      "'-min",
      "'@home",
      'gewoon',
      "' \n=1+1",
      "'\uff1d1+1",
    ]);
    expect(rows.map((row) => row[5])).to.deep.equal(rows.map((row) => row[4]));
  });
});
