/** Unit, adapter, command-line and task-pane (jsdom) tests; browser tests run separately. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          jsx: "react-jsx",
          module: "commonjs",
          moduleResolution: "node10",
          ignoreDeprecations: "6.0",
          isolatedModules: true,
        },
      },
    ],
  },
  setupFiles: ["<rootDir>/tests/setup/environment.ts"],
  testTimeout: 60000,
};
