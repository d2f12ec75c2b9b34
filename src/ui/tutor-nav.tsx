import { NavLink } from 'react-router';

/** The tutor's (and IQA's) sections, under the header bar of their screens. */
export function TutorNav() {
  return (
    <nav className="shell__nav" aria-label="Tutor sections">
      <ul>
        <li>
          <NavLink to="/cohort">Cohort</NavLink>
        </li>
        <li>
          <NavLink to="/iqa">Quality assurance</NavLink>
        </li>
        <li>
          <NavLink to="/you">You</NavLink>
        </li>
      </ul>
    </nav>
  );
}
