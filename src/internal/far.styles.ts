import {css} from 'lit';

/**
 * Far from the viewport the browser skips a widget's layout and paint (a page of hundreds of widgets spent seconds
 * laying out and repainting all of them on every frame), keeping the room the widget last took or, before it has
 * been seen, the room it reserves while loading; near the viewport it is laid out as usual, and paper shows it.
 * Not in Firefox (153): there a skipped host that is also a size container gets no height at all, whatever
 * contain-intrinsic-size says, so the page would jump as widgets come near. In the elements' own styles (their
 * lazy chunks) rather than baseStyles, which the entry carries within its size budget. A pre-rendered widget (its
 * styles are in its HTML) follows the same rule: laying out twenty far profiles before the first paint made such a
 * page 3.6 times as slow to show as the same markup whose far widgets were skipped. The browser lays a far one out
 * as it comes within its margin of the viewport, before it is on screen, so a reader scrolling sees nothing move.
 */
export const farStyles = css`
  @supports not (-moz-orient: inline) {
    :host {
      content-visibility: auto;
      contain-intrinsic-block-size: auto var(--cw-loading-height, var(--_loading-height, 12em));
    }
  }
  @media print {
    /* As specific as the rule above, which it must override on paper. */
    :host {
      content-visibility: visible;
    }
  }
`;
