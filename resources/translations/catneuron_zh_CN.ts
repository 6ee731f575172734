<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CatNeuronError</name>
    <message>
        <source>&apos;{url}&apos; does not name a valid server</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>&apos;{url}&apos; 不是有效的服务器地址</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a valid URL</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>&apos;{url}&apos; 不是有效的网址</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a valid URL (it holds spaces or control characters)</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>&apos;{url}&apos; 不是有效的网址（其中含有空格或控制字符）</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not an http://, https:// or file:// URL</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>&apos;{url}&apos; 不是 http://、https:// 或 file:// 网址</translation>
    </message>
    <message>
        <source>a {size} input needs {needed} weights, the neuron has {found}</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{size} 的输入需要 {needed} 个权重，而神经元有 {found} 个</translation>
    </message>
    <message>
        <source>an empty URL is not a download address</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>下载地址不能为空</translation>
    </message>
    <message>
        <source>canceled</source>
        <extracomment>An error message (gui/worker.py). Keep each {name} field unchanged.</extracomment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot download {name}: not finished within {deadline:g} s, the server is too slow ({url})</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>无法下载 {name}：{deadline:g} s 内未完成，服务器太慢（{url}）</translation>
    </message>
    <message>
        <source>cannot download {name}: the connection closed after {got} of {size} bytes ({url})</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>无法下载 {name}：连接中断（已接收 {got} / {size} 字节，{url}）</translation>
    </message>
    <message>
        <source>cannot download {name}: the file is corrupted (SHA-256 {found}…, expected {sha}…)</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>无法下载 {name}：文件已损坏（SHA-256 为 {found}…，应为 {sha}…）</translation>
    </message>
    <message>
        <source>cannot download {name}: the file read back from disk differs (failing disk?)</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>无法下载 {name}：从磁盘读回的文件与下载的不一致（磁盘故障？）</translation>
    </message>
    <message>
        <source>cannot download {name}: the server answered {code} {reason} ({url})</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>无法下载 {name}：服务器返回 {code} {reason}（{url}）</translation>
    </message>
    <message>
        <source>cannot download {name}: the server sent more than the expected {size} bytes ({url})</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>无法下载 {name}：服务器发来的数据超过了预期的 {size} 字节（{url}）</translation>
    </message>
    <message>
        <source>cannot download {name}: {reason} ({url})</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>无法下载 {name}：{reason}（{url}）</translation>
    </message>
    <message>
        <source>cannot download {name}: {reason} after {got} of {size} bytes ({url})</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>无法下载 {name}：{reason}（已接收 {got} / {size} 字节，{url}）</translation>
    </message>
    <message>
        <source>download canceled</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>下载已取消</translation>
    </message>
    <message>
        <source>there is no model to save yet: train one first</source>
        <extracomment>An error message (gui/model_files.py). Keep each {name} field unchanged.</extracomment>
        <translation>还没有可保存的模型：请先训练一个</translation>
    </message>
    <message>
        <source>{file}: &apos;list_classes&apos; is not UTF-8 text</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;list_classes&apos; 不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>{file}: &apos;list_classes&apos; is {test_classes} but {train_file} has {train_classes}</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;list_classes&apos; 是 {test_classes}，但 {train_file} 中是 {train_classes}</translation>
    </message>
    <message>
        <source>{file}: &apos;list_classes&apos; should hold 2 texts</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;list_classes&apos; 应包含 2 个文本</translation>
    </message>
    <message>
        <source>{file}: &apos;list_classes&apos; should name 2 classes, found shape {shape}</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;list_classes&apos; 应列出 2 个类别，实际形状为 {shape}</translation>
    </message>
    <message>
        <source>{file}: &apos;test_set_x&apos; images are {test_size} but the train images are {train_size}; both splits need the same size</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;test_set_x&apos; 的图片是 {test_size}，训练集的图片却是 {train_size}；训练集和测试集的图片尺寸必须相同</translation>
    </message>
    <message>
        <source>{file}: &apos;{key}&apos; holds no images, found shape {shape}</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;{key}&apos; 中没有图片（形状为 {shape}）</translation>
    </message>
    <message>
        <source>{file}: &apos;{key}&apos; images are {w}×{h}; this app reads sides up to {limit}</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;{key}&apos; 的图片是 {w}×{h}；本应用只能读取边长不超过 {limit} 的图片</translation>
    </message>
    <message>
        <source>{file}: &apos;{key}&apos; labels must be 0 or 1, found {found}</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;{key}&apos; 的标签必须是 0 或 1，却发现了 {found}</translation>
    </message>
    <message>
        <source>{file}: &apos;{key}&apos; should be integer labels 0/1, found {dtype}</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;{key}&apos; 应为整数标签 0/1，实际类型为 {dtype}</translation>
    </message>
    <message>
        <source>{file}: &apos;{key}&apos; should be uint8 images of shape (m, H, W, 3), found {found}</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;{key}&apos; 应为形状 (m, H, W, 3) 的 uint8 图片，实际为 {found}</translation>
    </message>
    <message>
        <source>{file}: &apos;{key}&apos; should hold {m} labels (one per image), found shape {shape}</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{file}：&apos;{key}&apos; 应包含 {m} 个标签（每张图片一个），实际形状为 {shape}</translation>
    </message>
    <message>
        <source>{name}: cannot be resized (out of memory?)</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：无法缩放（内存不足？）</translation>
    </message>
    <message>
        <source>{name}: cannot open ({reason})</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：无法打开（{reason}）</translation>
    </message>
    <message>
        <source>{name}: cannot read ({reason})</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{name}: empty file</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：文件是空的</translation>
    </message>
    <message>
        <source>{name}: empty image</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：图片是空的</translation>
    </message>
    <message>
        <source>{name}: file not found</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：找不到文件</translation>
    </message>
    <message>
        <source>{name}: is a folder, not a picture</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：这是文件夹，不是图片</translation>
    </message>
    <message>
        <source>{name}: no pictures found</source>
        <extracomment>An error message (gui/decoding.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：没有找到图片</translation>
    </message>
    <message>
        <source>{name}: not a picture this app can read</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：不是本应用能读取的图片</translation>
    </message>
    <message>
        <source>{name}: not a regular file</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：不是普通文件</translation>
    </message>
    <message>
        <source>{name}: the file ends too early (truncated download or copy?)</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：文件不完整（下载或复制被中断？）</translation>
    </message>
    <message>
        <source>{name}: {kind} files are not accepted, only photos and bitmaps (PNG, JPEG, GIF, BMP, WebP, TIFF…); save it as PNG</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：不接受 {kind} 文件，只接受照片和位图（PNG、JPEG、GIF、BMP、WebP、TIFF…）；请另存为 PNG</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <extracomment>An error message (gui/decoding.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <source>{name}: {reason} (damaged or truncated file?)</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：{reason}（文件损坏或不完整？）</translation>
    </message>
    <message>
        <source>{name}: {size} MB, more than the {limit} MB this app reads</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：{size} MB，超过了本应用能读取的 {limit} MB</translation>
    </message>
    <message>
        <source>{name}: {width}×{height} is {megapixels} megapixels, more than the {limit} this app decodes</source>
        <extracomment>An error message (gui/image_decoder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{name}：{width}×{height} 共 {megapixels} 百万像素，超过了本应用能解码的 {limit} 百万像素</translation>
    </message>
    <message>
        <source>{path}: already exists and is not a Cat Neuron model; replacing it would lose it</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：已存在，且不是猫神经元模型；替换它，原文件就会丢失</translation>
    </message>
    <message>
        <source>{path}: already there; replacing it would lose the dataset it holds</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：已存在；替换它会丢失其中的数据集</translation>
    </message>
    <message>
        <source>{path}: cannot be read as a dataset ({reason})</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法作为数据集读取（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot be read as a model ({reason})</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法作为模型读取（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot be used (a link loop)</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法使用（链接形成了循环）</translation>
    </message>
    <message>
        <source>{path}: cannot be used ({reason})</source>
        <extracomment>An error message (core/dataset.py, core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法使用（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot create the folder (a file has that name)</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法创建文件夹（已有同名文件）</translation>
    </message>
    <message>
        <source>{path}: cannot create the folder ({reason})</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法创建文件夹（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot list ({reason})</source>
        <extracomment>An error message (core/image_folder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法列出其中的文件（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot open ({reason})</source>
        <extracomment>An error message (core/image_folder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法打开（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason})</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法写入（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason}); the files there are unchanged</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法写入（{reason}）；那里的文件没有改动</translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason}); the old file, if any, is unchanged</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法写入（{reason}）；原有文件（如果有）没有改动</translation>
    </message>
    <message>
        <source>{path}: cannot write in folder {folder} (permission denied)</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：无法写入文件夹 {folder}（权限不足）</translation>
    </message>
    <message>
        <source>{path}: folder {folder} does not exist</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>{path}: holds another dataset; replacing it with the article&apos;s would lose it</source>
        <extracomment>An error message (core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：存有另一个数据集；用文章的数据集替换它会使其丢失</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：这是文件夹；请给出文件名</translation>
    </message>
    <message>
        <source>{path}: is a link to nothing; give a plain file name</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：这是指向不存在目标的链接；请给出普通文件名</translation>
    </message>
    <message>
        <source>{path}: is not a regular file; a model is never written there</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：不是普通文件；模型不会写到这里</translation>
    </message>
    <message>
        <source>{path}: is not a regular file; the dataset is never written there</source>
        <extracomment>An error message (core/dataset.py, core/download.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：不是普通文件；数据集不会写到这里</translation>
    </message>
    <message>
        <source>{path}: is the dataset in use; a model is never written over it</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：是正在使用的数据集；模型不会覆盖它</translation>
    </message>
    <message>
        <source>{path}: made by a newer Cat Neuron (model format {version}, this version reads {supported}); update the app</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：由较新版本的猫神经元创建（模型格式 {version}，本版本只能读取 {supported}）；请更新应用</translation>
    </message>
    <message>
        <source>{path}: no picture in {where} could be decoded ({tried} tried; {first})</source>
        <extracomment>An error message (core/image_folder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：{where} 中没有一张图片能解码（试了 {tried} 张；{first}）</translation>
    </message>
    <message>
        <source>{path}: no pictures (each class needs at least one)</source>
        <extracomment>An error message (core/image_folder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：没有图片（每个类别至少需要一张）</translation>
    </message>
    <message>
        <source>{path}: no such folder</source>
        <extracomment>An error message (core/dataset.py, core/image_folder.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：没有这个文件夹</translation>
    </message>
    <message>
        <source>{path}: not a Cat Neuron model file</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：不是猫神经元模型文件</translation>
    </message>
    <message>
        <source>{path}: the bias &apos;b&apos; should be one number</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：偏差 &apos;b&apos; 应该是一个数</translation>
    </message>
    <message>
        <source>{path}: the file read back differs from what was written (failing disk?)</source>
        <extracomment>An error message (core/dataset.py, core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：读回的文件与写入的内容不一致（磁盘故障？）</translation>
    </message>
    <message>
        <source>{path}: the input shape should be (H, W, 3)</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：输入形状应为 (H, W, 3)</translation>
    </message>
    <message>
        <source>{path}: the input shape should be (H, W, 3) with sides of 1 to {limit}, found ({h}, {w}, {c})</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：输入形状应为 (H, W, 3)，边长为 1 到 {limit}，实际为 ({h}, {w}, {c})</translation>
    </message>
    <message>
        <source>{path}: the model format version is not a number</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：模型格式的版本号不是数字</translation>
    </message>
    <message>
        <source>{path}: the model read back differs from the one saved</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：读回的模型与保存的不一致</translation>
    </message>
    <message>
        <source>{path}: the model takes {size} images, the data has {data_size}</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：该模型接受 {size} 的图片，而数据集的图片是 {data_size}</translation>
    </message>
    <message>
        <source>{path}: the results stored in it are damaged</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：其中保存的结果已损坏</translation>
    </message>
    <message>
        <source>{path}: the training settings stored in it are damaged</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：其中保存的训练设置已损坏</translation>
    </message>
    <message>
        <source>{path}: the weights &apos;w&apos; should be numbers</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：权重 &apos;w&apos; 应该是数值</translation>
    </message>
    <message>
        <source>{path}: the weights hold inf or NaN</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：权重中含有 inf 或 NaN</translation>
    </message>
    <message>
        <source>{path}: the weights hold inf or NaN; nothing was saved</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：权重中含有 inf 或 NaN；没有保存任何内容</translation>
    </message>
    <message>
        <source>{path}: this is a dataset file, not a model</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：这是数据集文件，不是模型</translation>
    </message>
    <message>
        <source>{path}: {size} images need {needed} weights, found {found}</source>
        <extracomment>An error message (core/model_file.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：{size} 的图片需要 {needed} 个权重，实际为 {found}</translation>
    </message>
    <message>
        <source>{path}: {train} and {test} do not belong together (one was replaced without the other, perhaps by an interrupted write); build or download the dataset again</source>
        <extracomment>An error message (core/dataset.py). Keep each {name} field unchanged.</extracomment>
        <translation>{path}：{train} 和 {test} 不是同一套（其中一个被单独替换了，可能是写入被中断）；请重新构建或下载数据集</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>cat</source>
        <extracomment>The first class of the dataset. Article: 猫.</extracomment>
        <translation>猫</translation>
    </message>
    <message>
        <source>non-cat</source>
        <extracomment>The other class (&quot;not a cat&quot;). Article: 非猫.</extracomment>
        <translation>非猫</translation>
    </message>
    <message>
        <source>Cat Neuron</source>
        <extracomment>The app&apos;s name, as in the desktop entry&apos;s Name[zh_CN].</extracomment>
        <translation>猫神经元</translation>
    </message>
    <message>
        <source>neuron</source>
        <extracomment>One unit of a neural network. Article: 神经元.</extracomment>
        <translation>神经元</translation>
    </message>
    <message>
        <source>weights</source>
        <extracomment>w, one per pixel and colour. Article: 权重.</extracomment>
        <translation>权重</translation>
    </message>
    <message>
        <source>bias</source>
        <extracomment>b. Article: 偏差 (not 偏置).</extracomment>
        <translation>偏差</translation>
    </message>
    <message>
        <source>learning rate</source>
        <extracomment>α. Article: 学习率.</extracomment>
        <translation>学习率</translation>
    </message>
    <message>
        <source>epoch</source>
        <extracomment>One pass of gradient descent over the training set. Always 轮, never 时期 or 周期.</extracomment>
        <translation>轮</translation>
    </message>
    <message>
        <source>loss</source>
        <extracomment>The cross-entropy L. Article: 损失 (损失函数 for the function).</extracomment>
        <translation>损失</translation>
    </message>
    <message>
        <source>accuracy</source>
        <extracomment>The share of pictures classified right. 准确率.</extracomment>
        <translation>准确率</translation>
    </message>
    <message>
        <source>training set</source>
        <extracomment>The pictures the neuron learns from. 训练集.</extracomment>
        <translation>训练集</translation>
    </message>
    <message>
        <source>test set</source>
        <extracomment>The pictures kept apart to check it. 测试集.</extracomment>
        <translation>测试集</translation>
    </message>
    <message>
        <source>gradient descent</source>
        <extracomment>The method. Article: 梯度下降.</extracomment>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <extracomment>σ. Article: sigmoid 函数 (written 激活函数 when speaking of its role).</extracomment>
        <translation>sigmoid 函数</translation>
    </message>
    <message>
        <source>prediction</source>
        <extracomment>The neuron&apos;s answer for one picture. 预测.</extracomment>
        <translation>预测</translation>
    </message>
    <message>
        <source>seed</source>
        <extracomment>The starting point of the random weights (--seed). 随机种子.</extracomment>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>dataset</source>
        <extracomment>The folder or HDF5 pair of pictures. 数据集.</extracomment>
        <translation>数据集</translation>
    </message>
    <message>
        <source>model</source>
        <extracomment>A saved neuron (.h5 file). 模型.</extracomment>
        <translation>模型</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>Cannot open model</source>
        <extracomment>Shown by gui/model_files.py.</extracomment>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <source>Cannot save model</source>
        <extracomment>Shown by gui/model_files.py.</extracomment>
        <translation>无法保存模型</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <extracomment>Shown by gui/model_files.py.</extracomment>
        <translation>没有可保存的内容</translation>
    </message>
    <message>
        <source>Train a model first.</source>
        <extracomment>Shown by gui/model_files.py.</extracomment>
        <translation>请先训练一个模型。</translation>
    </message>
</context>
<context>
    <name>RunMessages</name>
    <message>
        <source>Paused — Space or Resume carries on</source>
        <extracomment>Shown by gui/run_messages.py.</extracomment>
        <translation>已暂停——按空格键或“继续”接着训练</translation>
    </message>
    <message>
        <source>Run finished in {0:.2f} s</source>
        <extracomment>Shown by gui/run_messages.py.</extracomment>
        <translation>训练完成，用时 {0:.2f} s</translation>
    </message>
    <message>
        <source>Run stopped before its first epoch: no change</source>
        <extracomment>Shown by gui/run_messages.py.</extracomment>
        <translation>训练在第一轮之前就停止了：没有任何改变</translation>
    </message>
    <message>
        <source>Run stopped in {0:.2f} s</source>
        <extracomment>Shown by gui/run_messages.py.</extracomment>
        <translation>训练已停止，用时 {0:.2f} s</translation>
    </message>
    <message>
        <source>Training failed</source>
        <extracomment>Shown by gui/run_messages.py.</extracomment>
        <translation>训练失败</translation>
    </message>
    <message>
        <source>Training failed: {0}</source>
        <extracomment>Shown by gui/run_messages.py.</extracomment>
        <translation>训练失败：{0}</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>Shown by gui/run_messages.py.</extracomment>
        <translation>失败</translation>
    </message>
    <message>
        <source>stopped after {0:.1f} s</source>
        <extracomment>Shown by gui/run_messages.py.</extracomment>
        <translation>已停止，用时 {0:.1f} s</translation>
    </message>
    <message>
        <source>stopped before its first epoch</source>
        <extracomment>Shown by gui/run_messages.py.</extracomment>
        <translation>第一轮之前已停止</translation>
    </message>
</context>
<context>
    <name>WindowMemory</name>
    <message>
        <source>No model loaded: {0}</source>
        <extracomment>Shown by gui/window_memory.py.</extracomment>
        <translation>未载入模型：{0}</translation>
    </message>
    <message>
        <source>{0}; using the bundled model</source>
        <extracomment>Shown by gui/window_memory.py.</extracomment>
        <translation>{0}；改用随附的模型</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>CSV table (*.csv)</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Cat Neuron models (*.h5)</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>猫神经元模型 (*.h5)</translation>
    </message>
    <message>
        <source>Export plot</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Keep the trained model?</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>保留训练好的模型吗？</translation>
    </message>
    <message>
        <source>Open dataset folder</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>打开数据集文件夹</translation>
    </message>
    <message>
        <source>Open model</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Replace this file?</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>替换这个文件吗？</translation>
    </message>
    <message>
        <source>Save model</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>The model trained in this window has not been saved. Save it before it is lost?</source>
        <extracomment>Shown by gui/dialogs.py.</extracomment>
        <translation>在这个窗口里训练的模型还没有保存。要在它丢失之前保存吗？</translation>
    </message>
</context>
</TS>
