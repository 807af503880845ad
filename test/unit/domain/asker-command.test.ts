import { parseAskerCommand, referencedTicket } from '../../../src/domain/asker-command';

describe('parseAskerCommand', () => {
  it.each([
    ['status', { kind: 'status' }],
    ['我的咨询', { kind: 'status' }],
    ['进度', { kind: 'status' }],
    ['取消 12', { kind: 'cancel', ticket: 12 }],
    ['cancel #3', { kind: 'cancel', ticket: 3 }],
    ['撤回１２', { kind: 'cancel', ticket: 12 }],
    ['取消 0', { kind: 'cancel-usage' }],
    ['cancel', { kind: 'cancel-usage' }],
  ])('%j', (input, expected) => {
    expect(parseAskerCommand(input)).toEqual(expected);
  });

  it.each(['我咳嗽三天了', '取消了航班，还在发烧', 'status update: still coughing', '我的咨询还没人回'])(
    '%j is not a command',
    (input) => {
      expect(parseAskerCommand(input)).toBeNull();
    },
  );
});

describe('referencedTicket', () => {
  it.each<[string, number | null]>([
    ['#1 晚上咳得更厉害', 1],
    ['「青小医：@王伟 已收到您的咨询，编号 #12，已转给…」\n- - - - -\n还有点发烧', 12],
    ['＃７ 补充一下', 7],
    ['我咳嗽三天了', null],
    ['#0', null],
  ])('%j → %s', (text, ticket) => {
    expect(referencedTicket(text)).toBe(ticket);
  });
});
