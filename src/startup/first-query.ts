/** The query GraphiQL opens with; README.md shows the same one (a test keeps them equal). */
export const FIRST_QUERY = `query FirstLook {
  assistants(first: 5) {
    nodes {
      id
      name
      model
      tools { type }
    }
  }
}
`;
