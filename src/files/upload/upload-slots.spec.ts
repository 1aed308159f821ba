import { UploadSlots } from './upload-slots';

describe('UploadSlots', () => {
  it('gives each user at most the limit at once, and a slot back once released', () => {
    const slots = new UploadSlots(2);
    const first = slots.take('ada');
    const second = slots.take('ada');
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(slots.take('ada')).toBeUndefined();
    expect(slots.take('grace')).toBeDefined();
    first?.();
    first?.(); // releasing twice frees one slot, not two
    expect(slots.take('ada')).toBeDefined();
    expect(slots.take('ada')).toBeUndefined();
  });
});
