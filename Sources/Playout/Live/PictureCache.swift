import MediaIO
import StandInCore

/// Product pictures decoded once and kept, so a product that comes round again in the
/// rotation opens no file: once the process is short of file handles (or the picture's disk
/// is gone) the card still shows it. Bounded by bytes; the picture used longest ago goes
/// first. A picture that fails to decode is not kept: the next scene tries again. The render
/// thread owns it.
///
/// ```swift
/// var pictures = PictureCache(budgetBytes: 32 << 20)
/// let image = try pictures.picture(at: product.imagePath)
/// ```
struct PictureCache {
    /// 32 MB: twelve 800x800 pictures (2.5 MB each as RGBA), a few products' rotation,
    /// within the stream's memory plan (docs/deploy.md).
    static let defaultBudget = 32 << 20

    let budgetBytes: Int
    private let decode: (String) throws -> RGBAImage
    /// Kept pictures, the one used longest ago first.
    private var kept: [(path: String, image: RGBAImage)] = []
    private(set) var bytes = 0

    init(budgetBytes: Int = PictureCache.defaultBudget,
         decode: @escaping (String) throws -> RGBAImage = { try ImageDecoder.decode(path: $0) }) {
        self.budgetBytes = budgetBytes
        self.decode = decode
    }

    /// The picture at `path`, decoded now if it is not kept.
    mutating func picture(at path: String) throws -> RGBAImage {
        if let index = kept.firstIndex(where: { $0.path == path }) {
            let hit = kept.remove(at: index)
            kept.append(hit)
            return hit.image
        }
        let image = try decode(path)
        let size = image.pixels.count
        guard size <= budgetBytes else { return image }
        while bytes + size > budgetBytes, !kept.isEmpty {
            bytes -= kept.removeFirst().image.pixels.count
        }
        kept.append((path, image))
        bytes += size
        return image
    }

    var paths: [String] { kept.map(\.path) }
}
