/** A category as the aggregate tables need it: its key in taggings and its Chinese label for column names. */
export interface CategoryLabel {
  key: string;
  label: string;
}
