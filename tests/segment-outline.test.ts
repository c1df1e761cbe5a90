import { describe, expect, it } from 'vitest';
import { recogniseHeadingNumber } from '../pipeline/text/heading-numbers';
import { splitLines } from '../pipeline/segment/lines';
import { buildOutline, descendants } from '../pipeline/segment/outline';

describe('recogniseHeadingNumber', () => {
  it('recogniseHeadingNumber(line) reads each common numbering style with its value and path label', () => {
    const read = (line: string) => {
      const heading = recogniseHeadingNumber(line);
      return heading && [heading.style, heading.value, heading.pathLabel, line.slice(heading.numberStart, heading.numberEnd)];
    };
    expect(read('二、具体问题整改情况')).toEqual(['chinese', 2, '二', '二、']);
    expect(read('(十一)审计监督反馈问题整改不力问题。')).toEqual(['chinese-paren', 11, '(十一)', '(十一)']);
    expect(read('17.财务支出管理不规范')).toEqual(['arabic', 17, '17', '17.']);
    expect(read('  3、 行政执法不严')).toEqual(['arabic', 3, '3', '3、']);
    expect(read('(15)2020年市专项巡察组指出')).toEqual(['arabic-paren', 15, '(15)', '(15)']);
    expect(read('2)意识形态工作')).toEqual(['arabic-half-paren', 2, '2', '2)']);
    expect(read('三)制度执行不够严格')).toEqual(['chinese-half-paren', 3, '三', '三)']);
    expect(read('③加强管理')).toEqual(['circled', 3, '③', '③']);
    expect(read('第二部分 问题整改情况')).toEqual(['part', 2, '第二部分', '第二部分 ']);
    expect(read('三是加强阵地管理')).toEqual(['shi', 3, '三是', '三是']);
  });

  it('recogniseHeadingNumber(line) reads the one-character numbers ㈡, ㊁, ⑵ and ⒉ as the (二), (2) and 2. they stand for', () => {
    const read = (line: string) => {
      const heading = recogniseHeadingNumber(line);
      return heading && [heading.style, heading.value, heading.pathLabel, line.slice(heading.numberStart, heading.numberEnd)];
    };
    expect(read('㈡基层党组织建设方面')).toEqual(['chinese-paren', 2, '(二)', '㈡']);
    expect(read('  ㈩、作风建设方面')).toEqual(['chinese-paren', 10, '(十)', '㈩、']);
    expect(read('⑿财务管理不规范')).toEqual(['arabic-paren', 12, '(12)', '⑿']);
    expect(read('⒉落实意识形态工作责任制不到位。')).toEqual(['arabic', 2, '2', '⒉']);
    expect(recogniseHeadingNumber('②加强管理')).not.toBeNull();
    // Word's circled ideographs number areas as its parenthesized ones do.
    expect(read('㊁落实全面从严治党责任方面')).toEqual(['chinese-paren', 2, '(二)', '㊁']);
    expect(read('㊉、作风建设方面')).toEqual(['chinese-paren', 10, '(十)', '㊉、']);
  });

  it('recogniseHeadingNumber(line) reads Roman numerals of a Word list (Ⅱ. II、 ⅲ) with the numeral as written for its path', () => {
    const read = (line: string) => {
      const heading = recogniseHeadingNumber(line);
      return heading && [heading.style, heading.value, heading.pathLabel, line.slice(heading.numberStart, heading.numberEnd)];
    };
    expect(read('Ⅱ.基层党组织建设方面')).toEqual(['roman', 2, 'Ⅱ', 'Ⅱ.']);
    expect(read('Ⅻ作风建设方面')).toEqual(['roman', 12, 'Ⅻ', 'Ⅻ']);
    expect(read('ⅩⅣ、纪律建设方面')).toEqual(['roman', 14, 'ⅩⅣ', 'ⅩⅣ、']);
    expect(read(' IV. 纪律建设方面')).toEqual(['roman', 4, 'IV', 'IV.']);
    expect(read('ⅲ.支部组织生活不规范')).toEqual(['roman-lower', 3, 'ⅲ', 'ⅲ.']);
    // Capitals that open a word, or no numeral written the usual way, are no heading.
    expect(recogniseHeadingNumber('IT运维外包管理不规范')).toBeNull();
    expect(recogniseHeadingNumber('VIP窗口设置不合理')).toBeNull();
    expect(recogniseHeadingNumber('IIII.作风建设')).toBeNull();
    expect(recogniseHeadingNumber('X光机采购论证不充分')).toBeNull();
  });

  it('recogniseHeadingNumber(line) reads an unnumbered problem label with value 0 and its word as path label, only with a finding after it', () => {
    const read = (line: string) => {
      const heading = recogniseHeadingNumber(line);
      return heading && [heading.style, heading.value, heading.pathLabel, line.slice(heading.numberStart, heading.numberEnd)];
    };
    expect(read('【问题】落实主体责任不到位。')).toEqual(['unnumbered', 0, '问题', '【问题】']);
    expect(read('反馈问题:干部培养力度不够')).toEqual(['unnumbered', 0, '反馈问题', '反馈问题:']);
    expect(read('【问题2】干部培养力度不够')).toEqual(['labelled', 2, '问题2', '【问题2】']);
    expect(recogniseHeadingNumber('问题:')).toBeNull();
    expect(recogniseHeadingNumber('存在问题较多')).toBeNull();
    expect(recogniseHeadingNumber('【整改情况】一是建立台账')).toBeNull();
  });

  it('recogniseHeadingNumber(line) rejects numbers that are not headings', () => {
    expect(recogniseHeadingNumber('2019年以来,局党组未研究')).toBeNull();
    expect(recogniseHeadingNumber('1.5万元资金已退回')).toBeNull();
    expect(recogniseHeadingNumber('十三届市委第一轮巡察整改')).toBeNull();
    expect(recogniseHeadingNumber('统一是前提')).toBeNull();
  });

  it('recogniseHeadingNumber(line) reads a decimal number as a style of its depth, valued and labelled by its last part', () => {
    const read = (line: string) => {
      const heading = recogniseHeadingNumber(line);
      return heading && [heading.style, heading.value, heading.pathLabel, line.slice(heading.numberStart, heading.numberEnd)];
    };
    expect(read('3.1 关于干部选拔任用问题的整改情况')).toEqual(['decimal-2', 1, '1', '3.1 ']);
    expect(read('2.3.党建工作薄弱')).toEqual(['decimal-2', 3, '3', '2.3.']);
    expect(read('3.12关于财务管理')).toEqual(['decimal-2', 12, '12', '3.12']);
    expect(read('3.1.2、公务接待审批不严')).toEqual(['decimal-3', 2, '2', '3.1.2、']);
    expect(read('1.2.3.4 细项')).toEqual(['decimal-4', 4, '4', '1.2.3.4 ']);
    expect(read('3.2个人事项报告不实')).toEqual(['decimal-2', 2, '2', '3.2']);
  });

  it('recogniseHeadingNumber(line) reads no heading from an amount, a percentage or a date at the start of a line', () => {
    for (const line of ['3.5万元罚没款已缴入国库', '1.2%的支出超标', '2023.5.6召开专题会议', '3.15日前完成', '2.05亿元', '3.0版本', '12.5 亿元', '1.5倍']) {
      expect(recogniseHeadingNumber(line), line).toBeNull();
    }
  });
});

describe('buildOutline', () => {
  const outlineOf = (text: string) => [...descendants(buildOutline(splitLines(text)))].map((node) => node.path);

  it('buildOutline(lines) nests styles by first appearance and restarts them under a new parent', () => {
    const text = ['一、甲', '(一)乙', '1.丙', '2.丁', '(二)戊', '1.己', '二、庚', '(一)辛'].join('\n');
    expect(outlineOf(text)).toEqual(['一', '一.(一)', '一.(一).1', '一.(一).2', '一.(二)', '一.(二).1', '二', '二.(一)']);
  });

  it('buildOutline(lines) reads a 1. 2. list after a line ending in a colon as body, even in the style of the open headings', () => {
    const text = ['一、整改情况', '(一)甲方面', '1.乙不到位。', '整改情况:', '1.制定方案。', '2.建立台账。', '3.约谈督办。', '2.丙不规范。', '整改情况:一是…', '3.丁不彻底。'].join('\n');
    expect(outlineOf(text)).toEqual(['一', '一.(一)', '一.(一).1', '一.(一).2', '一.(一).3']);
  });

  it('buildOutline(lines) ends the last heading at an unnumbered 下一步 paragraph', () => {
    const text = ['一、政治建设', '(一)学习不深入。', '整改情况:一是学。二是考。', '下一步,将一是巩固;二是深化。'].join('\n');
    const last = [...descendants(buildOutline(splitLines(text)))].at(-1);
    expect(last?.path).toBe('一.(一)');
    expect(last?.end).toBe(text.indexOf('下一步'));
  });

  it('buildOutline(lines) nests decimal numbers by depth below a 3. or a 三、 heading, the last part in the path', () => {
    const arabic = ['1.整改工作开展情况', '2.反馈问题整改情况', '2.1 党建方面', '2.1.1 学习不深入。', '2.1.2 制度不健全。', '2.2 财务方面', '2.2.1 报销不规范。', '3.下一步打算'];
    expect(outlineOf(arabic.join('\n'))).toEqual(['1', '2', '2.1', '2.1.1', '2.1.2', '2.2', '2.2.1', '3']);
    const chinese = ['一、整改工作开展情况', '二、反馈问题整改情况', '2.1 党建方面', '2.1.1 学习不深入。', '3.5万元已退回。', '2.2 财务方面', '三、下一步打算'];
    expect(outlineOf(chinese.join('\n'))).toEqual(['一', '二', '二.1', '二.1.1', '二.2', '三']);
  });

  it('buildOutline(lines) accepts numbering that runs on across areas', () => {
    const text = ['一、甲', '(一)乙', '1.丙', '2.丁', '(二)戊', '3.己', '4.庚'].join('\n');
    expect(outlineOf(text)).toEqual(['一', '一.(一)', '一.(一).1', '一.(一).2', '一.(二)', '一.(二).3', '一.(二).4']);
  });

  it('buildOutline(lines) leaves numbered lines out of sequence in the text', () => {
    const text = ['一、甲', '1.乙', '2.丙', '5.丁', '1.戊', '三、己', '二、庚'].join('\n');
    expect(outlineOf(text)).toEqual(['一', '一.1', '一.2', '二']);
  });

  it('buildOutline(lines) ends spans at the next heading and at the closing lines after the last one', () => {
    const text = ['一、甲', '正文一', '二、乙', '正文二', '欢迎广大干部群众进行监督。', '2024年7月26日'].join('\n');
    const root = buildOutline(splitLines(text));
    const [first, second] = root.children;
    expect(text.slice(first.start, first.end)).toBe('一、甲\n正文一\n');
    expect(text.slice(second.start, second.end)).toBe('二、乙\n正文二\n');
  });

  it('buildOutline(lines) ends the last span at a supervision telephone or postal address line too', () => {
    for (const closing of ['监督电话:0717-1234567', '来信请寄:某市某区某路1号 邮编443000']) {
      const text = ['一、甲', '正文一', '二、乙', '正文二', closing].join('\n');
      const [, second] = buildOutline(splitLines(text)).children;
      expect(text.slice(second.start, second.end)).toBe('二、乙\n正文二\n');
    }
  });

  it('buildOutline(lines) ignores web debris lines', () => {
    expect(outlineOf(['信息来源:市数据局 日期:2024-07-26', '一、甲', '展开全文', '二、乙'].join('\n'))).toEqual(['一', '二']);
  });
});
