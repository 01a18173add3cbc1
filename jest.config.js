/** @type {import('jest').Config} */
module.exports = {
  testMatch: ["<rootDir>/tests/**/*.test.ts", "<rootDir>/tests/**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  testEnvironment: "node",
  // A stray compiled .js beside a .ts must never shadow it.
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // Several tests drive LibreOffice or Chromium: give them room on a 2-core machine.
  testTimeout: 120000,
  maxWorkers: 2,
};
