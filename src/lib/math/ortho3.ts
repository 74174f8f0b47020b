// A small orthographic camera for a 3-D scatter: turn about the vertical axis (yaw), then tilt
// towards the viewer (pitch), and drop the depth. Pure: points in, screen-plane points out.
export type Vec3 = readonly [number, number, number];

/** The rotation as a row-major 3×3 matrix: world (x right, y up, z towards the viewer at 0, 0) → view. */
export function turnMatrix(yawDeg: number, pitchDeg: number): readonly [Vec3, Vec3, Vec3] {
  const a = (yawDeg * Math.PI) / 180;
  const b = (pitchDeg * Math.PI) / 180;
  const [ca, sa, cb, sb] = [Math.cos(a), Math.sin(a), Math.cos(b), Math.sin(b)];
  // R = Rx(pitch) · Ry(yaw)
  return [
    [ca, 0, sa],
    [sb * sa, cb, -sb * ca],
    [-cb * sa, sb, cb * ca],
  ];
}

/** The view coordinates of p: [across, up, depth towards the viewer]. */
export function turn(m: readonly [Vec3, Vec3, Vec3], p: Vec3): Vec3 {
  return [
    m[0][0] * p[0] + m[0][1] * p[1] + m[0][2] * p[2],
    m[1][0] * p[0] + m[1][1] * p[1] + m[1][2] * p[2],
    m[2][0] * p[0] + m[2][1] * p[1] + m[2][2] * p[2],
  ];
}
