import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { DataPackActions } from '../../state/packs/packs.actions';
import {
  MISSING_PACK,
  PackNoticeView,
  selectPackNotice,
} from '../../state/scenarios/pack-notice.selectors';
import { PackNotice } from './pack-notice';

const TEXT =
  'This scenario was made with “May update” (data as of 19 May 2026); the numbers shown use “Shipped data” (data as of April 2026).';

describe('PackNotice', () => {
  let store: MockStore;

  function render(notice: PackNoticeView | null): HTMLElement {
    TestBed.configureTestingModule({ imports: [PackNotice], providers: [provideMockStore()] });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectPackNotice, notice);
    spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(PackNotice);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => store.resetSelectors());

  it('keeps an empty live region when there is nothing to say', () => {
    const el = render(null);
    const region = el.querySelector('[role=status]')!;
    expect(region).not.toBeNull();
    expect(region.textContent!.trim()).toBe('');
    expect(region.querySelector('button')).toBeNull();
  });

  it('names both packs and offers the kept one, asking for it by id', () => {
    const el = render({
      text: TEXT,
      switchTo: { id: 'pack-2026-05-abc', label: 'Switch to “May update”' },
      missing: null,
    });
    const region = el.querySelector('[role=status]')!;
    expect(region.textContent).toContain(TEXT);
    const button = region.querySelector('button')!;
    expect(button.textContent!.trim()).toBe('Switch to “May update”');
    expect(button.type).toBe('button');
    button.click();
    expect(store.dispatch).toHaveBeenCalledOnceWith(
      DataPackActions.switchRequested({ id: 'pack-2026-05-abc' }),
    );
  });

  it('says how to get a pack this browser lacks, with no button', () => {
    const el = render({ text: TEXT, switchTo: null, missing: MISSING_PACK });
    const region = el.querySelector('[role=status]')!;
    expect(region.textContent).toContain(TEXT);
    expect(region.textContent).toContain(MISSING_PACK);
    expect(region.querySelector('button')).toBeNull();
  });
});
