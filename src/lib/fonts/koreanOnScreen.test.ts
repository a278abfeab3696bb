import { afterEach, describe, expect, it, vi } from 'vitest';

const addKoreanFaces = vi.fn(async () => {});
vi.mock('./koreanScreenFaces', () => ({ addKoreanFaces }));
const { mayNeedKorean, watchForKorean } = await import('./koreanOnScreen');

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('watchForKorean', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    document.body.replaceChildren();
    addKoreanFaces.mockClear();
  });
  Object.defineProperty(document, 'fonts', { value: { add() {} }, configurable: true });

  it.each([
    ['대한민국', true],
    ['고진 (Koh Jean)', true],
    ['ＡＢＣ', true],
    ['زيارة وفد حكومة دولة الإمارات NFT 2027 — ٢٠٢٢', false],
    ['Ohood Al Roumi · 9 October', false],
  ])('%s needs IBM Plex Sans KR: %s', (text, needs) => {
    expect(mayNeedKorean(text)).toBe(needs);
  });

  it('loads nothing while the page shows no Hangul, and the faces once it does', async () => {
    document.body.innerHTML = '<p>لقاء مع رئيس اللجنة</p>';
    stop = watchForKorean(document.body);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Meeting' }));
    await settle();
    expect(addKoreanFaces).not.toHaveBeenCalled();
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    svg.textContent = '부산광역시';
    document.body.append(svg);
    await settle();
    await settle();
    expect(addKoreanFaces).toHaveBeenCalledTimes(1);
    expect(addKoreanFaces.mock.calls[0]).toContain(document.body.textContent);
    // Once is enough.
    document.body.append(Object.assign(document.createElement('p'), { textContent: '서울' }));
    await settle();
    expect(addKoreanFaces).toHaveBeenCalledTimes(1);
  });

  it('sees Hangul already there, and text changed in place', async () => {
    document.body.innerHTML = '<p>서울특별시</p>';
    stop = watchForKorean(document.body);
    await settle();
    expect(addKoreanFaces).toHaveBeenCalledTimes(1);
    stop();
    addKoreanFaces.mockClear();
    document.body.innerHTML = '<p>Seoul</p>';
    stop = watchForKorean(document.body);
    document.body.firstChild!.firstChild!.nodeValue = '서울';
    await settle();
    await settle();
    expect(addKoreanFaces).toHaveBeenCalledTimes(1);
  });
});
