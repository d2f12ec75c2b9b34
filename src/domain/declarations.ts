/** The assessor's declaration when signing a unit off (kept with the signed record). */
export const SIGN_OFF_DECLARATION =
  'I confirm that I have assessed the evidence for this unit against every marking point, that it is valid, authentic, current and sufficient, and that every marking point is met.';

/** The second assessor's declaration when countersigning a sign-off. */
export const COUNTERSIGN_DECLARATION = 'I have reviewed this sign-off and the decisions it rests on, and I agree with them.';
