import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, TitleComponent, AriaComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  TitleComponent,
  AriaComponent,
  SVGRenderer,
]);

/** The segment a click landed on: its series and its index in the data. */
export interface ChartPoint {
  readonly seriesIndex: number;
  readonly dataIndex: number;
  readonly name: string;
}

/**
 * An ECharts chart (SVG, tree-shaken), with an accessible description. `onPick` makes its
 * segments clickable (a figure's provenance opens from the bar, slice or point).
 */
export function Chart({
  option,
  height = 280,
  label,
  onPick,
}: {
  option: EChartsOption;
  height?: number;
  label: string;
  onPick?: (p: ChartPoint) => void;
}) {
  return (
    <div role="img" aria-label={label} data-pickable={onPick ? 'true' : undefined}>
      <ReactEChartsCore
        echarts={echarts}
        option={{ aria: { enabled: true }, animation: false, ...option }}
        style={{ height, width: '100%', cursor: onPick ? 'pointer' : undefined }}
        opts={{ renderer: 'svg' }}
        notMerge
        onEvents={
          onPick
            ? {
                click: (p: { seriesIndex?: number; dataIndex?: number; name?: string }) =>
                  onPick({ seriesIndex: p.seriesIndex ?? 0, dataIndex: p.dataIndex ?? 0, name: p.name ?? '' }),
              }
            : undefined
        }
      />
    </div>
  );
}
