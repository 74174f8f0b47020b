// The benchmark's peer page: the Transform drag's plane workload drawn with Mafs 0.21, as a Mafs
// user would write it. Two movable basis tips î and ĵ; a 41 + 41-line grid (x = −20…20 and
// y = −20…20, explicit Line.Segments) and the unit square under <Transform matrix> built from
// the tips; the full window (1920×1080 in the bench), about 159 px per unit like our plane.
//
// Mafs's MovablePoint renders a focusable <g> with no role or name, so each one sits in a wrapper
// <g role="button" aria-label="i-hat, first column: x, y"> named like our app's handles: drag.mjs
// finds it by role and name prefix and checks that its label changed, as it does for ours.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Line, Mafs, MovablePoint, Polygon, Theme, Transform } from 'mafs';
import 'mafs/core.css';
import './page.css';

const N = 20;
const KS = Array.from({ length: 2 * N + 1 }, (_, i) => i - N);
const UNIT_SQUARE = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
];
const fmt = (v) => String(Math.round(v * 100) / 100).replace('-', '−');

function Tip({ name, point, onMove, color }) {
  return (
    <g role="button" aria-label={`${name}: ${fmt(point[0])}, ${fmt(point[1])}`}>
      <MovablePoint point={point} onMove={onMove} color={color} />
    </g>
  );
}

function App() {
  const [i, setI] = useState([2, 1]);
  const [j, setJ] = useState([1, 2]);
  // vec.Matrix is [a, b, tx, c, d, ty]: the columns are î and ĵ.
  const matrix = [i[0], j[0], 0, i[1], j[1], 0];
  return (
    <Mafs height={window.innerHeight} viewBox={{ x: [-4, 8], y: [-2.4, 4.4], padding: 0 }}>
      <Transform matrix={matrix}>
        {KS.map((k) => (
          <Line.Segment key={`x${k}`} point1={[k, -N]} point2={[k, N]} color={Theme.indigo} weight={1} opacity={0.5} />
        ))}
        {KS.map((k) => (
          <Line.Segment key={`y${k}`} point1={[-N, k]} point2={[N, k]} color={Theme.indigo} weight={1} opacity={0.5} />
        ))}
        <Polygon points={UNIT_SQUARE} color={Theme.green} />
      </Transform>
      <Tip name="j-hat, second column" point={j} onMove={setJ} color={Theme.blue} />
      <Tip name="i-hat, first column" point={i} onMove={setI} color={Theme.orange} />
    </Mafs>
  );
}

createRoot(document.getElementById('root')).render(<App />);
