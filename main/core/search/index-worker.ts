/** PLACEHOLDER: the index worker thread (issue 4). */
export {};
