// One shader program variant per layer type. MapLibre compiles a program for each layer type and
// each combination of paint properties that are constant (a uniform) or per feature (a vertex
// attribute); with SwiftShader each program costs tens of milliseconds to compile and link on the
// first load. So within a layer type the map's layers make the same paint properties per-feature:
// where a value is the same for every feature, `perFeature` writes it as a per-feature expression
// that evaluates to it, and the layer shares its program with the layers whose value varies.
import type { ExpressionSpecification } from 'maplibre-gl';

/** `value` for every feature, as a per-feature (data-driven) paint value. */
export const perFeature = (value: string | number): ExpressionSpecification => ['coalesce', ['get', '__same_for_all'], value];
