import { describe, expect, test } from 'vitest';
import { propertyOf } from '../../src/lib/topology-props.ts';

describe('propertyOf', () => {
  test('returns string properties and undefined for anything else', () => {
    expect(propertyOf({ properties: { vr: '4' } }, 'vr')).toBe('4');
    expect(propertyOf({ properties: { vr: 4 } }, 'vr')).toBeUndefined();
    expect(propertyOf({ properties: null }, 'vr')).toBeUndefined();
    expect(propertyOf({}, 'vr')).toBeUndefined();
  });
});
