export default function NumbersScreen() {
  return null;
}
