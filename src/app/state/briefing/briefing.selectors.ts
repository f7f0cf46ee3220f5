import { createSelector } from '@ngrx/store';
import { stepThrough } from '../../charts/step-through';
import { leversFeature } from '../levers/levers.feature';
import { selectGoals, selectPanelViews } from '../projection.selectors';
import { referenceFeature } from '../reference/reference.feature';
import { settingsFeature } from '../settings/settings.feature';
import { briefingFeature } from './briefing.feature';
import { presentationFeature } from './presentation.feature';

/** The presenter's position, kept inside the deck as slides are removed. */
export const selectPosition = createSelector(
  briefingFeature.selectSlides,
  presentationFeature.selectPresentationState,
  (slides, at) => ({
    slide: Math.min(at.slide, Math.max(slides.length - 1, 0)),
    step: at.step,
  }),
);

export const selectCurrentSlide = createSelector(
  briefingFeature.selectSlides,
  selectPosition,
  (slides, at) => slides[at.slide] ?? null,
);

/** The current slide's panel as on the dashboard (with the uncertainty bands once simulated). */
export const selectCurrentView = createSelector(
  selectCurrentSlide,
  selectPanelViews,
  (slide, views) => (slide ? (views.find((v) => v.id === slide.panel) ?? null) : null),
);

/** The current slide's step-through: the baseline, then the changed levers one at a time. */
export const selectSteps = createSelector(
  referenceFeature.selectIndicatorList,
  selectCurrentSlide,
  leversFeature.selectValues,
  settingsFeature.selectConstants,
  settingsFeature.selectHorizon,
  selectGoals,
  (data, slide, levers, constants, horizon, goals) =>
    slide ? stepThrough(data, slide.panel, levers, constants, horizon, goals) : [],
);

/** Steps per slide: the baseline plus one per changed lever. */
export const selectStepCount = createSelector(
  leversFeature.selectChangedLevers,
  (changed) => changed.length + 1,
);
